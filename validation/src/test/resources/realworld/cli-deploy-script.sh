# source: shell deployment script calling the aliyun CLI (line continuations, quoted JSON tags, = and space forms)
# context: networkType=VPC, osType=LINUX
#!/usr/bin/env bash
# create the v2 scaling configuration of the web tier
aliyun ess CreateScalingConfiguration --region cn-hangzhou \
  --ScalingGroupId asg-bp14wlu85wrpchm0**** \
  --ScalingConfigurationName web-tier-v2 \
  --ImageId=aliyun_3_x64_20G_alibase_20240819.vhd \
  --InstanceTypes.1 ecs.g7.large \
  --InstanceTypes.2 ecs.g6.large \
  --SecurityGroupId sg-bp18kz60mefs**** \
  --SystemDisk.Category cloud_essd \
  --SystemDisk.PerformanceLevel PL0 \
  --SystemDisk.Size 40 \
  --DataDisk.1.Category cloud_essd \
  --DataDisk.1.Size 100 \
  --DataDisk.1.DeleteWithInstance true \
  --KeyPairName KeyPairTest \
  --UserData 'IyEvYmluL2Jhc2gKZWNobyBoZWxsbwo=' \
  --Tags '{"env":"prod","team":"web"}' \
  --InternetMaxBandwidthOut 5 \
  --force
