# source: aliyun CLI with --version 2022-02-22 and plural list names, preemptible billing with market price
# version: 2022-02-22
# context: networkType=VPC, osType=LINUX
aliyun ess CreateScalingConfiguration --version 2022-02-22 --region cn-shanghai \
    --ScalingGroupId "asg-uf6dc5fkkvp6zcyw****" \
    --ImageId "ubuntu_22_04_x64_20G_alibase_20240130.vhd" \
    --InstanceTypes.1 "ecs.c7.large" \
    --InstanceTypes.2 "ecs.c6.large" \
    --InstanceTypes.3 "ecs.c5.large" \
    --SpotStrategy SpotAsPriceGo \
    --SpotDuration 0 \
    --SpotInterruptionBehavior Terminate \
    --SecurityGroupIds.1 "sg-uf6fhk2jtlm4ck4h****" \
    --DataDisks.1.Category cloud_essd \
    --DataDisks.1.Size 100 \
    --DataDisks.1.Encrypted true \
    --HttpTokens required \
    --output cols=ScalingConfigurationId rows=ScalingConfigurationId
