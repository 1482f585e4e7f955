# source: ESS console/ECS docs: user data only for VPC scaling groups (classic-network group)
# context: networkType=CLASSIC, osType=LINUX
# errors: USER_DATA_REQUIRES_VPC
aliyun ess CreateScalingConfiguration --region cn-qingdao \
  --ScalingGroupId asg-m5e8n5qmlb7wdnpk**** \
  --ImageId centos_7_06_64_20G_alibase_20190711.vhd \
  --InstanceTypes.1 ecs.g6.large \
  --SecurityGroupId sg-280ih**** \
  --UserData ZWNobyBoZWxsbyBlY3Mh
